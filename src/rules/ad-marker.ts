import type { Rule } from './types.js';

export const adMarker: Rule = {
  id: 'ad-marker',
  description: 'Advertisement markers and scroll prompts: "ADVERTISEMENT", "Advertisement", "Iklan", "SCROLL TO CONTINUE WITH CONTENT".',
  languages: ['en', 'id'],
  category: 'boilerplate',
  line: /^(?:[-–—\s]*(?:advertisement|advertisements|advertising|sponsored(?: content)?|iklan|ads?|promoted(?: content)?|story continues below(?: advertisement)?|article continues (?:below|after (?:this )?advertisement)|continue reading below|scroll (?:down )?to continue(?: with content| reading)?|gulir (?:ke bawah )?untuk melanjutkan(?: membaca)?)[-–—\s]*)+$/iu,
  examples: {
    junk: [
      'ADVERTISEMENT',
      'Advertisement',
      '- Advertisement -',
      'SCROLL TO CONTINUE WITH CONTENT',
      'ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT',
      'Iklan',
      'Story continues below advertisement',
      'Article continues after this advertisement',
    ],
    content: ['Advertisement revenue fell by a third last year.', 'Iklan rokok dilarang di televisi.', 'Scroll through the gallery to see more.'],
  },
};
