// The package ships no types; these are the two plugins the Markdown format uses.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';

  export const tables: TurndownService.Plugin;
  export const strikethrough: TurndownService.Plugin;
}
