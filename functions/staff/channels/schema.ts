/**
 * @module
 * An outreach channel: where a QR code was put (a toilet sticker, a flyer at
 * Hello Work, a school clear file). Its tag is the `src` the code carries;
 * its label is how staff name it in reports and under the printed code.
 */
import * as z from '../../../shared/validation';
import { DIRECT_SRC, SRC_PATTERN } from '../../../shared/domain';

export const CHANNEL_KINDS = ['sticker', 'flyer', 'school', 'web', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const channelInput = z.strictObject({
  tag: z.string().check(
    z.regex(SRC_PATTERN, 'tag must be 1–40 lower-case letters, digits or hyphens, starting with a letter or digit'),
    z.refine((tag) => tag !== DIRECT_SRC, 'tag "-" is reserved for visits without a tag'),
  ),
  label: z.string().check(
    z.trim(),
    z.minLength(1, 'label is required'),
    z.maxLength(60, 'label may be at most 60 characters'),
    // Printed under a QR code and written to CSV: no line breaks or control characters.
    z.refine((label) => !/[\p{Cc}\p{Cf}]/u.test(label), 'label may not contain control characters'),
  ),
  kind: z.enum(CHANNEL_KINDS),
});
export type ChannelInput = z.infer<typeof channelInput>;

export interface Channel extends ChannelInput {
  /** `YYYY-MM-DD`, Japan time. */
  createdOn: string;
}

export const MAX_CHANNELS_PER_TENANT = 500;
