import { describe, expect, it } from 'vitest';
import { ballotAddresses, unwrapBoxMeeting } from './ballot-box-address.js';
import { boxReceipt } from './box-receipt.js';

describe('ballotAddresses', () => {
  const none = { box: '', meetingId: '', src: '', endpoint: '' };

  it('derives the meeting, the ballots and the code check from box + meeting', () => {
    expect(ballotAddresses({ ...none, box: 'https://box.example/', meetingId: 'm 1' })).toEqual({
      src: 'https://box.example/meetings/m%201',
      endpoint: 'https://box.example/meetings/m%201/ballots',
      check: 'https://box.example/meetings/m%201/codes/check',
    });
  });

  it('lets an explicit src and endpoint win, and finds the check beside a box endpoint', () => {
    expect(
      ballotAddresses({
        ...none,
        src: '/m.json',
        endpoint: 'https://b.example/meetings/x/ballots',
      }),
    ).toEqual({
      src: '/m.json',
      endpoint: 'https://b.example/meetings/x/ballots',
      check: 'https://b.example/meetings/x/codes/check',
    });
    // Another server's endpoint has no code check.
    expect(ballotAddresses({ ...none, endpoint: '/api/ballots' }).check).toBe('');
    expect(ballotAddresses(none)).toEqual({ src: '', endpoint: '', check: '' });
  });
});

describe('unwrapBoxMeeting and boxReceipt', () => {
  it('takes the document out of the box’s meeting answer, and leaves a document as it is', () => {
    const doc = { id: 'm1', projects: [] };
    expect(unwrapBoxMeeting({ id: 'm1', status: 'open', meeting: doc })).toEqual({
      document: doc,
      status: 'open',
    });
    expect(unwrapBoxMeeting(doc)).toEqual({ document: doc, status: undefined });
  });

  it('knows every status the box names, the funding decision included', () => {
    const doc = { id: 'm1', projects: [] };
    const statuses = ['draft', 'weights-locked', 'open', 'closed', 'published', 'funding-decided'];
    for (const status of statuses) {
      expect(unwrapBoxMeeting({ id: 'm1', status, meeting: doc }).status).toBe(status);
    }
    expect(unwrapBoxMeeting({ id: 'm1', status: 'later', meeting: doc }).status).toBe(undefined);
  });

  it('reads the box’s receipt only when it is there', () => {
    expect(boxReceipt({ receipt: 'ab', replaced: true })).toEqual({
      receipt: 'ab',
      replaced: true,
    });
    expect(boxReceipt({ receipt: '' })).toBeUndefined();
    expect(boxReceipt('no')).toBeUndefined();
  });
});
