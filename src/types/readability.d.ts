// Readability's class without its `isProbablyReaderable` companion, which the core never calls: importing the
// file directly keeps that code out of the script injected into pages.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
