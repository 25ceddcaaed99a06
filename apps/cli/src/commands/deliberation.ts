import { readFileSync } from 'node:fs';
import {
  type AnalysisReport,
  analyzeConversation,
  CsvError,
  parseCommentsCsv,
  parseVotesCsv,
  type Statement,
  toReport,
} from '@crossgov/deliberation';
import type { Command } from 'commander';

export interface AnalyzeOptions {
  votes: string;
  comments?: string;
}

/** A problem the user can fix (bad file), reported with exit code 2. */
export class DeliberationInputError extends Error {
  override name = 'DeliberationInputError';
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DeliberationInputError(
      `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Reads a Polis open-data export (votes.csv, comments.csv) and runs the Polis math on it. */
export function runDeliberationAnalyze(options: AnalyzeOptions): AnalysisReport {
  const started = performance.now();
  try {
    const votes = parseVotesCsv(readText(options.votes), options.votes);
    const statements: Statement[] = options.comments
      ? parseCommentsCsv(readText(options.comments), options.comments)
      : [];
    const analysis = analyzeConversation(votes, statements);
    return toReport(analysis, Math.round((performance.now() - started) / 10) / 100);
  } catch (error) {
    if (error instanceof CsvError) throw new DeliberationInputError(error.message);
    throw error;
  }
}

/** The readable report printed without --json. */
export function describeAnalysis(report: AnalysisReport): string {
  const lines = [
    `${report.participants} participants, ${report.inConversation} in the conversation, ${report.groups.length} opinion groups (${report.seconds} s)`,
  ];
  for (const group of report.groups) {
    lines.push('', `Group ${group.id}: ${group.members.length} participants`);
    for (const statement of group.repness) {
      lines.push(
        `  comment ${statement.commentId}: ${statement.direction} (p = ${statement.pa.toFixed(2)}, repness ${statement.repness.toFixed(2)})`,
      );
    }
  }
  lines.push('', `Consensus, agreed: ${report.consensus.agree.join(', ') || 'none'}`);
  lines.push(`Consensus, disagreed: ${report.consensus.disagree.join(', ') || 'none'}`);
  const top = Object.entries(report.groupAwareConsensus)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([id, value]) => `${id} (${value.toFixed(3)})`);
  lines.push(`Highest group-aware consensus: ${top.join(', ') || 'none'}`);
  return lines.join('\n');
}

export function registerDeliberationCommand(program: Command): void {
  const deliberation = program
    .command('deliberation')
    .description('Opinion maps the Polis way: groups, representative statements, consensus');
  deliberation
    .command('analyze')
    .description('Run the Polis math on a Polis open-data export (votes.csv, comments.csv)')
    .requiredOption('--votes <file>', 'votes.csv (timestamp,datetime,comment-id,voter-id,vote; agree = 1)')
    .option('--comments <file>', 'comments.csv (moderated = -1 leaves a comment out of the math)')
    .option('--json', 'print one JSON object instead of a readable report')
    .action((options: AnalyzeOptions & { json?: boolean }) => {
      try {
        const report = runDeliberationAnalyze(options);
        console.log(options.json ? JSON.stringify(report) : describeAnalysis(report));
      } catch (error) {
        if (!(error instanceof DeliberationInputError)) throw error;
        console.error(error.message);
        process.exitCode = 2;
      }
    });
}
