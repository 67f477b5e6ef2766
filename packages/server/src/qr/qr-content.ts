import type { IssuedCode } from '../storage/records.js';

/**
 * What a voting code's QR code holds: the vote URL template with `{meeting}` and `{code}`
 * filled in (URL-encoded), or the bare code when there is no template.
 *
 * @example
 * qrContent({ id: 'c-1', code: 'AB12-…', voter: 'c-1' }, 'qingyuan-2008', 'https://ngo.example/vote?m={meeting}&c={code}');
 * // 'https://ngo.example/vote?m=qingyuan-2008&c=AB12-…'
 */
export function qrContent(issued: IssuedCode, meetingId: string, voteUrl?: string): string {
  return voteUrl === undefined
    ? issued.code
    : voteUrl
        .replaceAll('{meeting}', encodeURIComponent(meetingId))
        .replaceAll('{code}', encodeURIComponent(issued.code));
}
