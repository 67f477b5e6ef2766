import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkTextOfEnglish, idFormat, localeRequired } from './check-messages.js';
import { dateOrder } from './date-messages.js';
import { parseDocument } from './parse-document.js';
import { duplicateId } from './reference-messages.js';
import { addDuplicateIdIssues } from './unique-ids.js';
import { customIssue, validationMessages } from './validation-messages.js';
import { renderValidationText, validationIssue } from './validation-text.js';

describe('validation messages defined beside their documents', () => {
  it('are the catalogue: each text of validationMessages is the one its module defines', () => {
    for (const text of [idFormat, localeRequired, dateOrder, duplicateId]) {
      expect(validationMessages['zh-CN'][text.key]).toBe(text['zh-CN']);
      expect(validationMessages.en[text.key]).toBe(text.en);
    }
  });

  it('render a value given per locale in that locale, any other as written', () => {
    const values = { id: 'v01', list: { 'zh-CN': '投票人', en: 'voters' } };
    expect(renderValidationText(duplicateId, values, 'zh-CN')).toBe('投票人中的标识 "v01" 重复');
    expect(renderValidationText(duplicateId, values, 'en')).toBe('Duplicate id "v01" in voters');
    expect(renderValidationText(duplicateId, { id: 'v01', list: 'voters' }, 'zh-CN')).toBe(
      'voters中的标识 "v01" 重复',
    );
  });

  it('find a check message by its English text, and nothing else', () => {
    expect(checkTextOfEnglish(localeRequired.en)).toBe(localeRequired);
    expect(checkTextOfEnglish(duplicateId.en)).toBeUndefined();
  });
});

describe('parseDocument with a custom issue raised by validationIssue', () => {
  const Schema = z.object({ start: z.string(), end: z.string() }).check(
    z.superRefine((value, ctx) => {
      if (value.end < value.start) ctx.addIssue(validationIssue(dateOrder, {}, ['end']));
    }),
  );

  it('shows the message of the requested locale with its key as the code', () => {
    const bad = { start: '2008-05-01', end: '2008-04-01' };
    for (const locale of ['zh-CN', 'en'] as const) {
      const result = parseDocument(Schema, bad, { locale });
      if (result.ok) throw new Error('expected an issue');
      expect(result.issues).toEqual([
        {
          path: ['end'],
          pointer: '/end',
          where: 'end',
          message: dateOrder[locale],
          code: 'date-order',
        },
      ]);
      expect(result.violations[0]!.message).toEqual({
        'zh-CN': dateOrder['zh-CN'],
        en: dateOrder.en,
      });
    }
  });

  it('shows a custom issue without both locales as raised, with zod’s code', () => {
    const Raw = z.string().check(
      z.superRefine((_, ctx) => {
        ctx.addIssue({ code: 'custom', message: 'Not this one', params: { messageKey: 'x' } });
      }),
    );
    const result = parseDocument(Raw, 'a', { locale: 'zh-CN' });
    if (result.ok) throw new Error('expected an issue');
    expect(result.issues[0]).toMatchObject({ message: 'Not this one', code: 'custom' });
  });
});

describe('a list named in both languages', () => {
  const Schema = z.object({ lines: z.array(z.object({ id: z.string() })) }).check(
    z.superRefine((doc, ctx) =>
      addDuplicateIdIssues(
        ctx,
        doc.lines.map((line) => line.id),
        ['lines'],
        {
          'zh-CN': '预算条目',
          en: 'lines',
        },
      ),
    ),
  );
  const doc = { lines: [{ id: 'a' }, { id: 'a' }] };

  it('reads by its Chinese name in Chinese and its key in English, and keeps the key in values', () => {
    const zh = parseDocument(Schema, doc, { locale: 'zh-CN' });
    const en = parseDocument(Schema, doc, { locale: 'en' });
    if (zh.ok || en.ok) throw new Error('expected issues');
    expect(zh.issues[0]!.message).toBe('预算条目中的标识 "a" 重复');
    expect(en.issues[0]!.message).toBe('Duplicate id "a" in lines');
    const issue = Schema.safeParse(doc).error!.issues[0] as { params?: Record<string, unknown> };
    expect(issue.params?.['values']).toEqual({ id: 'a', list: 'lines' });
  });

  it('is still translated by customIssue and validationMessage when given by its key', () => {
    expect(customIssue('duplicate-id', { id: 'a', list: 'lines' }, []).params.message).toEqual({
      'zh-CN': '预算条目中的标识 "a" 重复',
      en: 'Duplicate id "a" in lines',
    });
  });
});
