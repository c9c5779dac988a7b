/**
 * @module
 * Anonymous counting from the page — see send.ts.
 */
export { createEventSender, srcFrom, type EventBody, type EventSender } from './send';
