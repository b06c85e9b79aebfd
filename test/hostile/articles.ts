/**
 * The legitimate articles the hostile snapshots carry: short local-news stories written for this corpus (no
 * publisher's text). Every case must still show the sentences in `expected` after extraction and sanitising.
 */

export interface StoryText {
  /** The publisher the story claims, as the original page would print it. */
  site: string;
  /** The original article address (the host is what the archive header's "Saved from" names). */
  original: string;
  title: string;
  byline: string;
  /** ISO date the captured page prints in its `<time datetime>`. */
  date: string;
  /** How the page prints that date. */
  dateText: string;
  paragraphs: readonly string[];
}

export const STORIES: readonly StoryText[] = [
  {
    site: 'Millbrook Courier',
    original: 'https://www.millbrook-courier.example/news/2024/02/12/riverside-library-reopens',
    title: 'Riverside library reopens after three-year restoration',
    byline: 'By Hana Okafor',
    date: '2024-02-12T08:00:00Z',
    dateText: '12 February 2024',
    paragraphs: [
      'The Riverside Library reopened its oak doors on Monday morning, three years after a burst pipe flooded the reading room and forced the building to close. More than four hundred residents queued along Canal Street before the first bell.',
      'Restorers spent most of that time drying and rebinding the local history collection, which includes parish registers going back to 1790. Each volume was frozen, vacuum-dried and then checked page by page by a team of six conservators.',
      'The new reading room keeps its original cast-iron galleries, but the heating now runs through the floor instead of the old radiators, which the architects blamed for the damp that had crept into the lower shelves.',
      'Librarian Teodor Vance said the reopening was less about the building than about the people who had missed it. Children from the primary school across the road will return for weekly story hours starting in March.',
      'The council has set aside a small fund for evening opening on Thursdays, a request that topped the survey residents filled in during the closure. Volunteers will staff the front desk until two new assistants are hired.',
    ],
  },
  {
    site: 'Valley Ledger',
    original: 'https://valleyledger.example/transport/night-trains-return-northern-valley-line',
    title: 'Night trains return to the northern valley line',
    byline: 'By Marek Lindqvist',
    date: '2023-11-03T17:30:00Z',
    dateText: 'November 3, 2023',
    paragraphs: [
      'For the first time in eleven years, a sleeper train left Harwick station on Friday evening, bound for the coast along the northern valley line. The service will run three nights a week until the spring timetable change.',
      'The carriages were bought second-hand from an operator in the south and refitted at the Harwick depot, where apprentices replaced the wiring, the bunks and the small washbasins in every compartment.',
      'Ticket prices start at the cost of a standard day return, a deliberate choice by the regional transport board, which wants the train to compete with the motorway coaches rather than with hotels.',
      'Passengers on the first run included a retired signal operator who had worked the line when the last sleeper was withdrawn. He said the sound of the wheels over the Arne viaduct was exactly as he remembered it.',
      'The board will publish passenger numbers after the first three months and decide then whether to add a fourth night. Freight operators have asked for assurances that their own night paths will not be squeezed.',
    ],
  },
  {
    site: 'Coastal Herald',
    original: 'https://www.coastalherald.example/local/bakers-cooperative-kestrel-mill.html',
    title: 'Bakers form a cooperative to keep the last mill running',
    byline: 'By Ines Carvalho',
    date: '2022-06-21T06:45:00Z',
    dateText: '21 June 2022',
    paragraphs: [
      'Seven independent bakers in the harbour district have pooled their savings to buy the Kestrel Mill, the last stone mill still grinding flour within fifty kilometres of the town. The sale was signed on Tuesday.',
      'The miller, who is retiring after forty years, had received an offer from a developer who planned to turn the building into flats. He said he preferred to sell for less to people who would keep the stones turning.',
      'Under the cooperative rules each bakery buys a fixed share of the flour every week, which gives the mill a steady income and spares the bakers the price swings of the industrial market.',
      'A young apprentice miller from the agricultural college will learn the trade over the next two years. Dressing the millstones by hand is a skill that only a handful of people in the country still practise.',
      'The bakers plan to open the mill to school visits in the autumn and to sell small bags of flour directly from the mill door on Saturday mornings, as the family of the miller did in the nineteen sixties.',
    ],
  },
  {
    site: 'Eastgate Gazette',
    original: 'https://eastgate-gazette.example/city/volunteers-map-every-tree-old-quarter',
    title: 'Volunteers map every tree in the old quarter',
    byline: 'By Priya Raman',
    date: '2024-09-08T10:15:00Z',
    dateText: 'September 8, 2024',
    paragraphs: [
      'Over six weekends this summer, a group of volunteers measured, photographed and tagged every tree in the old quarter, producing the first complete map of the district street trees in more than a century.',
      'The survey counted two thousand and forty trees, from young rowans planted last winter to a plane tree on Mercer Square that appears in photographs taken before the first tramline was laid.',
      'Each tree now has a small metal tag with a number that links to an open register, where residents can report broken branches or signs of disease directly to the parks department.',
      'The organisers said the hardest part was not the measuring but persuading owners of private courtyards to let them in. In the end only nine courtyards stayed closed to the survey.',
      'The city plans to use the register to choose where to plant four hundred new trees next year, giving priority to the streets that recorded the hottest pavements during the July heatwave.',
    ],
  },
];

/** The sentences a case expects to see: the first sentence of the first and of the last paragraph. */
export function expectedSentences(story: StoryText): string[] {
  const first = (p: string): string => p.slice(0, p.indexOf('. ') + 1);
  return [first(story.paragraphs[0]!), first(story.paragraphs[story.paragraphs.length - 1]!)];
}
