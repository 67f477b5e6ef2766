/** Where `<qy-ballot>` reads its meeting, posts its ballot and checks a voting code. */
export interface BallotAddresses {
  /** The meeting document's URL ('' when the meeting comes another way). */
  readonly src: string;
  /** Where the ballot is posted ('' for a ballot that is only a form value). */
  readonly endpoint: string;
  /** The ballot box's code check (`POST …/codes/check`), '' when the endpoint is not a box's. */
  readonly check: string;
}

/** What the host set on the element. */
export interface BallotAddressInput {
  /** The ballot box's base URL (`box` attribute). */
  readonly box: string;
  /** The meeting's id on the box (`meeting` attribute). */
  readonly meetingId: string;
  readonly src: string;
  readonly endpoint: string;
}

const BOX_BALLOTS = /\/meetings\/[^/?#]+\/ballots\/?$/;

/**
 * The element's addresses. With `box` and `meeting` everything comes from the ballot box:
 * `GET {box}/meetings/{id}`, `POST {box}/meetings/{id}/ballots` and `…/codes/check`; an explicit
 * `src` or `endpoint` still wins. With only an `endpoint` of the box's shape
 * (`…/meetings/{id}/ballots`) the code check sits beside it.
 *
 * @example
 * ballotAddresses({ box: 'https://box.example/', meetingId: 'm1', src: '', endpoint: '' });
 * // { src: 'https://box.example/meetings/m1', endpoint: '…/m1/ballots', check: '…/m1/codes/check' }
 */
export function ballotAddresses(input: BallotAddressInput): BallotAddresses {
  const box = input.box.trim().replace(/\/+$/, '');
  const id = input.meetingId.trim();
  const meeting = box && id ? `${box}/meetings/${encodeURIComponent(id)}` : '';
  const endpoint = input.endpoint || (meeting ? `${meeting}/ballots` : '');
  const check = BOX_BALLOTS.test(endpoint)
    ? endpoint.replace(/\/ballots\/?$/, '/codes/check')
    : meeting
      ? `${meeting}/codes/check`
      : '';
  return { src: input.src || meeting, endpoint, check };
}

/** The box's lifecycle status of the meeting (`GET /meetings/:id`), as the API names it. */
export type BoxMeetingStatus =
  'draft' | 'weights-locked' | 'open' | 'closed' | 'published' | 'funding-decided';

/**
 * The meeting document inside the ballot box's public meeting answer
 * (`{ id, status, …, meeting }`), with the box's status; any other data is taken as the
 * document itself.
 *
 * @example
 * unwrapBoxMeeting({ id: 'm1', status: 'open', meeting: { id: 'm1', … } });
 * // { document: { id: 'm1', … }, status: 'open' }
 */
export function unwrapBoxMeeting(data: unknown): {
  document: unknown;
  status: BoxMeetingStatus | undefined;
} {
  if (
    data !== null &&
    typeof data === 'object' &&
    'meeting' in data &&
    'status' in data &&
    data.meeting !== null &&
    typeof data.meeting === 'object'
  ) {
    const status = data.status;
    return {
      document: data.meeting,
      status:
        status === 'draft' ||
        status === 'weights-locked' ||
        status === 'open' ||
        status === 'closed' ||
        status === 'published' ||
        status === 'funding-decided'
          ? status
          : undefined,
    };
  }
  return { document: data, status: undefined };
}
