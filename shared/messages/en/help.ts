/**
 * @module
 * English words of the full crisis panel, the help list and the helpline
 * cards, in the result chunk the page fetches after first paint. Same facts
 * as ../ja/help; a line we cannot connect to says so plainly and never sends
 * the resident to look up a number we do not have. (Many lines answer only in
 * Japanese: each card's own description says so, not these words.)
 */
import type { HelpMessages } from '../types';

export const enHelp: HelpMessages = {
  panel: {
    emergencyText: "Please don't hesitate to call.",
    openNowHeading: 'Lines open now',
    urgentOpenNowHeading: 'Lines you can talk to right now',
    noneOpen: 'We could not find a line that is open right now. Please check the hours of the lines below.',
    localHeading: 'Services in your area',
    listHeading: 'Places you can talk to',
    nowHeading: 'Places you can reach now',
    closedHeading: 'Closed right now',
    otherSummary: 'Other places',
    otherLead: 'Places whose number or hours are still being confirmed, and places that need a card or a visit in person.',
    close: 'Close',
  },
  opens: {
    today: 'Opens today at {time}',
    tomorrow: 'Opens tomorrow at {time}',
    on: 'Opens {weekday} {month}/{day} at {time}',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
  helpline: {
    openNow: 'Open now',
    closedNow: 'Closed now',
    call: 'Call {number}',
    channels: { chat: 'Talk by chat', line: 'Talk on LINE', web: 'See the website', visit: 'Talk in person (visit)' },
    unverified: 'The number is still being confirmed.',
    unverifiedDetails: "Details of this line are still being confirmed. If you can't get through, please try another line.",
    findByName: 'The web address is still being confirmed. Try searching for “{name}”.',
  },
};
