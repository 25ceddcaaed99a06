import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommentsCsv } from '@crossgov/deliberation';
import { describe, expect, it } from 'vitest';
import { DeliberationInputError, describeAnalysis, runDeliberationAnalyze } from './deliberation.ts';

const fixture = (file: string) =>
  fileURLToPath(
    new URL(
      `../../../../packages/deliberation/test-fixtures/polis-open-data/15-per-hour-seattle/${file}`,
      import.meta.url,
    ),
  );

describe('crossgov deliberation analyze', () => {
  const report = runDeliberationAnalyze({ votes: fixture('votes.csv'), comments: fixture('comments.csv') });

  it('prints the JSON contract: counts, groups with members and repness, consensus, group-aware consensus', () => {
    expect(Object.keys(report).sort()).toEqual(
      ['consensus', 'groupAwareConsensus', 'groups', 'inConversation', 'participants', 'seconds'].sort(),
    );
    expect(report.participants).toBe(339);
    expect(report.inConversation).toBe(138);
    const members = report.groups.flatMap((group) => group.members);
    expect(new Set(members).size).toBe(138);
    for (const group of report.groups) {
      expect(typeof group.id).toBe('number');
      for (const statement of group.repness) {
        expect(Object.keys(statement).sort()).toEqual(['commentId', 'direction', 'pa', 'repness']);
        expect(['agree', 'disagree']).toContain(statement.direction);
      }
    }
    expect(Array.isArray(report.consensus.agree)).toBe(true);
    expect(Object.values(report.groupAwareConsensus).every((value) => value > 0 && value < 1)).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('leaves moderated-out comments out of repness and consensus', () => {
    const comments = parseCommentsCsv(readFileSync(fixture('comments.csv'), 'utf8'));
    const moderated = comments.filter((c) => c.moderated === -1).map((c) => c.commentId);
    expect(moderated.length).toBeGreaterThan(0);
    const named = [
      ...report.groups.flatMap((group) => group.repness.map((r) => r.commentId)),
      ...report.consensus.agree,
      ...report.consensus.disagree,
    ];
    for (const id of named) expect(moderated).not.toContain(id);
  });

  it('writes a readable report without --json', () => {
    expect(describeAnalysis(report)).toMatch(/^339 participants, 138 in the conversation, \d opinion groups/);
  });

  it('names the line of a malformed votes.csv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossgov-deliberation-'));
    const votes = join(dir, 'votes.csv');
    writeFileSync(votes, 'timestamp,datetime,comment-id,voter-id,vote\n1,d,0,1,1\n2,d,0,2,maybe\n');
    expect(() => runDeliberationAnalyze({ votes })).toThrow(DeliberationInputError);
    expect(() => runDeliberationAnalyze({ votes })).toThrow(/line 3/);
  });
});
