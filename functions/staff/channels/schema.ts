/**
 * @module
 * An outreach channel: where a QR code was put (a toilet sticker, a flyer at
 * Hello Work, a school clear file, an SNS post). Its tag is the `src` the
 * code carries and never changes once codes are printed; its label is how
 * staff name it in reports and under the printed code, and may be corrected
 * later, as may its kind and how many copies went out to how many places.
 * A channel is archived, never deleted: codes already handed out keep
 * counting under it, so its history stays its own and never becomes 未登録.
 */
import * as z from '../../../shared/validation';
import { DIRECT_SRC, SRC_PATTERN } from '../../../shared/domain';

import { CHANNEL_KINDS } from './kinds';

export { ARCHIVED_MARK, CHANNEL_KIND_LABELS, CHANNEL_KINDS, type ChannelKind } from './kinds';

/** More than any municipality prints of one leaflet; a typo with extra digits is refused. */
export const MAX_QUANTITY = 10_000_000;

export const channelTag = z.string().check(
  z.regex(SRC_PATTERN, 'tag must be 1–40 lower-case letters, digits or hyphens, starting with a letter or digit'),
  z.refine((tag) => tag !== DIRECT_SRC, 'tag "-" is reserved for visits without a tag'),
);

export const channelLabel = z.string().check(
  z.trim(),
  z.minLength(1, 'label is required'),
  z.maxLength(60, 'label may be at most 60 characters'),
  // Printed under a QR code and written to CSV: no line breaks or control characters.
  z.refine((label) => !/[\p{Cc}\p{Cf}]/u.test(label), 'label may not contain control characters'),
);

const count = (what: string) =>
  z.optional(z.int(`${what} must be a whole number`).check(z.minimum(0, `${what} may not be negative`), z.maximum(MAX_QUANTITY, `${what} may be at most ${MAX_QUANTITY}`)));

/** What an admin may change after registering: everything but the tag. */
export const channelFields = z.strictObject({
  label: channelLabel,
  kind: z.enum(CHANNEL_KINDS),
  /** Copies handed out (部数); absent when nobody counted (a web page, an SNS post). */
  quantity: count('quantity'),
  /** Places the copies went to (配布先の数: 47 offices, 31 schools). */
  places: count('places'),
});
export type ChannelFields = z.infer<typeof channelFields>;

export const channelInput = z.strictObject({ tag: channelTag, ...channelFields.shape });
export type ChannelInput = z.infer<typeof channelInput>;

export interface Channel extends ChannelInput {
  /** `YYYY-MM-DD`, Japan time. */
  createdOn: string;
  /** `YYYY-MM-DD` (Japan time) the channel was archived; absent while it is in use. */
  archivedOn?: string;
}

/** Archived channels count too: they are still items, and their tags still count as themselves. */
export const MAX_CHANNELS_PER_TENANT = 500;
