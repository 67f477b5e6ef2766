import { describe, expect, it } from 'vitest';
import {
  classesInUse,
  classesOf,
  countByClass,
  moveGroups,
  moveGroupsOf,
  putGroupsIn,
} from './group-classes.js';

const ints = (...values: number[]) => Int32Array.from(values);

describe('group classes', () => {
  // Five ballot groups in classes 2, 0, 2, 1, 0 with weights 1, 3, 2, 5, 4.
  const groupClass = () => ints(2, 0, 2, 1, 0);
  const weights = ints(1, 3, 2, 5, 4);

  it('counts the ballots of some groups per class, listing the classes in the order met', () => {
    const count = [0, 0, 0];
    const touched: number[] = [];
    countByClass(ints(0, 2, 3), groupClass(), weights, count, touched);
    expect(count).toEqual([0, 5, 3]);
    expect(touched).toEqual([2, 1]);
  });

  it('lists the classes some groups are in, once each and in increasing order, marking them', () => {
    const mark = ints(-1, -1, -1);
    expect(classesOf(ints(2, 3, 0, 1), groupClass(), mark)).toEqual([0, 1, 2]);
    expect([...mark]).toEqual([0, 0, 0]);
    const fresh = ints(-1, -1, -1);
    expect(classesOf(ints(0, 2), groupClass(), fresh)).toEqual([2]);
    expect([...fresh]).toEqual([-1, -1, 0]);
  });

  it('finds the classes in use and moves every group, or some, to new class numbers', () => {
    const classes = groupClass();
    expect([...classesInUse(classes, 4)]).toEqual([1, 1, 1, 0]);
    moveGroups(classes, ints(7, 8, 9, 0));
    expect([...classes]).toEqual([9, 7, 9, 8, 7]);
    const some = groupClass();
    moveGroupsOf(ints(1, 3), some, ints(5, 6, 7));
    expect([...some]).toEqual([2, 5, 2, 6, 0]);
  });

  it('puts some groups in one class', () => {
    const classes = groupClass();
    putGroupsIn(ints(0, 4), classes, 3);
    expect([...classes]).toEqual([3, 0, 2, 1, 3]);
  });
});
