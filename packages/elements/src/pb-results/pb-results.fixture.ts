/// <reference types="vite/client" />
/**
 * Real Pabulib elections for the tests and stories of `<qy-pb-results>` (core's open test
 * fixtures, pabulib.org): Łódź 2022 "Zdrowie-Mania" (460 voters, 16 projects; Equal Shares and
 * greedy differ) and Zabrze 2021 "Kończyce" (289 voters, 5 projects, one approval each).
 */
import { parsePabulib, type PabulibInstance } from '@qingyuan/core';
import konczyceText from '../../../core/test/fixtures/pabulib/poland_zabrze_2021_konczyce.pb?raw';
import zdrowieManiaText from '../../../core/test/fixtures/pabulib/poland_lodz_2022_zdrowie-mania.pb?raw';

function parsed(text: string): PabulibInstance {
  const result = parsePabulib(text);
  if (!result.ok) throw new Error(result.violations[0]!.message.en);
  return result.value;
}

/** Łódź 2022, Zdrowie-Mania. */
export const zdrowieMania = (): PabulibInstance => parsed(zdrowieManiaText);
/** Zabrze 2021, Kończyce. */
export const konczyce = (): PabulibInstance => parsed(konczyceText);
