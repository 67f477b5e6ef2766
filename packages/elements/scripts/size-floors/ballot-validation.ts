// What a ballot must validate before it draws anything: an untrusted meeting document and the
// ballot it emits, with core's localized messages (zod included).
import { BallotSchema, parseDocument, ReviewMeetingSchema } from '@qingyuan/core';

(globalThis as { qyFloor?: unknown }).qyFloor = (data: unknown) => [
  parseDocument(ReviewMeetingSchema, data, { locale: 'zh-CN' }),
  parseDocument(BallotSchema, data),
];
