import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

/** One of our event classes: constructible, with its event type as a static literal. */
export interface QyEventClass<T extends string = string> {
  new (...args: never[]): Event;
  readonly type: T;
}

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** The React prop of an event type: `qy-ballot-submit` → `onQyBallotSubmit`. */
export type ReactEventProp<T extends string> = `on${Pascal<T>}`;

/** The `events` map `@lit/react` takes, typed from our event classes. */
export type ReactEvents<E extends readonly QyEventClass[]> = {
  [C in E[number] as ReactEventProp<C['type']>]: EventName<InstanceType<C>>;
};

/**
 * The React prop of an event type, at run time.
 *
 * @example
 * reactEventProp('qy-ballot-submit'); // 'onQyBallotSubmit'
 */
export function reactEventProp<T extends string>(type: T): ReactEventProp<T> {
  const pascal = type
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `on${pascal}` as ReactEventProp<T>;
}

/**
 * A thin typed React component for one of our custom elements (with `@lit/react`): element
 * properties become props (objects such as `meeting` are set as properties, not attributes),
 * and each listed event becomes an `onQy…` prop receiving the typed event.
 *
 * @example
 * export const QyBallot = wrap('qy-ballot', QyBallotElement, [QyBallotSubmitEvent]);
 * // <QyBallot voter="v01" meeting={meeting} onQyBallotSubmit={(e) => save(e.detail.ballot)} />
 */
export function wrap<I extends HTMLElement, const E extends readonly QyEventClass[]>(
  tagName: string,
  elementClass: new () => I,
  events: E,
): ReactWebComponent<I, ReactEvents<E>> {
  const map = Object.fromEntries(events.map((event) => [reactEventProp(event.type), event.type]));
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events: map as ReactEvents<E>,
    displayName: reactEventProp(tagName).slice('on'.length),
  });
}
