/**
 * Solver-agnostic linear models. Every LP and ILP in the engine is built here as plain data and written
 * as CPLEX LP text or free MPS text, so HiGHS-wasm, a native HiGHS or Gurobi can read the same model.
 */
export type VariableKind = 'continuous' | 'integer' | 'binary';

export interface Variable {
  name: string;
  lower: number;
  upper: number;
  kind: VariableKind;
}

export interface Term {
  variable: string;
  coefficient: number;
}

export interface Constraint {
  name: string;
  terms: Term[];
  sense: '<=' | '>=' | '=';
  rhs: number;
}

export interface LinearModel {
  sense: 'minimize' | 'maximize';
  objective: Term[];
  variables: Variable[];
  constraints: Constraint[];
}

/** Collects variables and rows; names must be LP-safe (letters, digits, `_`). */
export class ModelBuilder {
  private readonly variables = new Map<string, Variable>();
  private readonly constraints: Constraint[] = [];
  private objectiveTerms: Term[] = [];

  constructor(private readonly sense: 'minimize' | 'maximize') {}

  variable(name: string, options: Partial<Omit<Variable, 'name'>> = {}): string {
    const kind = options.kind ?? 'continuous';
    const upper = options.upper ?? (kind === 'binary' ? 1 : Number.POSITIVE_INFINITY);
    this.variables.set(name, { name, lower: options.lower ?? 0, upper, kind });
    return name;
  }

  constraint(name: string, terms: Term[], sense: Constraint['sense'], rhs: number): void {
    this.constraints.push({ name, terms: terms.filter((term) => term.coefficient !== 0), sense, rhs });
  }

  /** Sets the objective (minimised or maximised, as the builder was created). */
  objective(terms: Term[]): void {
    this.objectiveTerms = terms;
  }

  build(): LinearModel {
    return {
      sense: this.sense,
      objective: this.objectiveTerms,
      variables: [...this.variables.values()],
      constraints: this.constraints,
    };
  }
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(15));

// highs-js's LP reader rejects lines over 560 characters, so long rows continue on the next line.
const LINE_LIMIT = 200;

function writeTerms(terms: Term[], first: string): string[] {
  const lines: string[] = [];
  let line = first;
  terms.forEach((term, index) => {
    const sign = term.coefficient < 0 ? '-' : '+';
    const magnitude = Math.abs(term.coefficient);
    const piece = `${index === 0 && sign === '+' ? '' : `${sign} `}${magnitude === 1 ? '' : `${number(magnitude)} `}${term.variable}`;
    if (line.length + piece.length + 1 > LINE_LIMIT) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${piece}`;
  });
  lines.push(line);
  return lines;
}

/** CPLEX LP text (the format `highs.solve` reads). */
export function toLpText(model: LinearModel): string {
  const lines = [model.sense === 'minimize' ? 'Minimize' : 'Maximize'];
  // Listing every variable in the objective (with 0 if unused) keeps the column order and names stable.
  const used = new Set(model.objective.map((term) => term.variable));
  const objective = [
    ...model.objective,
    ...model.variables.filter((v) => !used.has(v.name)).map((v) => ({ variable: v.name, coefficient: 0 })),
  ];
  lines.push(...writeTerms(objective, ' obj:'));
  lines.push('Subject To');
  for (const row of model.constraints) {
    const body = writeTerms(
      row.terms.length > 0 ? row.terms : [{ variable: objective[0]?.variable ?? 'x', coefficient: 0 }],
      ` ${row.name}:`,
    );
    const last = body.length - 1;
    body[last] = `${body[last]} ${row.sense} ${number(row.rhs)}`;
    lines.push(...body);
  }
  lines.push('Bounds');
  for (const v of model.variables) {
    if (v.kind === 'binary') continue;
    const lower = v.lower === Number.NEGATIVE_INFINITY ? '-inf' : number(v.lower);
    const upper = v.upper === Number.POSITIVE_INFINITY ? '+inf' : number(v.upper);
    lines.push(` ${lower} <= ${v.name} <= ${upper}`);
  }
  const integers = model.variables.filter((v) => v.kind === 'integer').map((v) => v.name);
  const binaries = model.variables.filter((v) => v.kind === 'binary').map((v) => v.name);
  if (integers.length > 0) lines.push('General', ...wrapNames(integers));
  if (binaries.length > 0) lines.push('Binary', ...wrapNames(binaries));
  lines.push('End');
  return `${lines.join('\n')}\n`;
}

function wrapNames(names: string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    if (line.length + name.length + 1 > LINE_LIMIT) {
      lines.push(line);
      line = '';
    }
    line += ` ${name}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Free-format MPS text (for native solvers; `OBJSENSE` says when the model maximises). */
export function toMpsText(model: LinearModel, name = 'SORTITION'): string {
  const lines = [`NAME ${name}`];
  if (model.sense === 'maximize') lines.push('OBJSENSE', '    MAX');
  lines.push('ROWS', ' N obj');
  const rowType = { '<=': 'L', '>=': 'G', '=': 'E' } as const;
  for (const row of model.constraints) lines.push(` ${rowType[row.sense]} ${row.name}`);
  const entries = new Map<string, Array<[string, number]>>();
  for (const v of model.variables) entries.set(v.name, []);
  for (const term of model.objective) entries.get(term.variable)?.push(['obj', term.coefficient]);
  for (const row of model.constraints)
    for (const term of row.terms) entries.get(term.variable)?.push([row.name, term.coefficient]);
  lines.push('COLUMNS');
  let inInteger = false;
  let marker = 0;
  for (const v of model.variables) {
    const integral = v.kind !== 'continuous';
    if (integral !== inInteger) {
      lines.push(` MARKER${marker} 'MARKER' '${integral ? 'INTORG' : 'INTEND'}'`);
      marker += 1;
      inInteger = integral;
    }
    const column = entries.get(v.name) ?? [];
    if (column.length === 0) lines.push(` ${v.name} obj 0`);
    for (const [row, coefficient] of column) lines.push(` ${v.name} ${row} ${number(coefficient)}`);
  }
  if (inInteger) lines.push(` MARKER${marker} 'MARKER' 'INTEND'`);
  lines.push('RHS');
  for (const row of model.constraints) if (row.rhs !== 0) lines.push(` RHS ${row.name} ${number(row.rhs)}`);
  lines.push('BOUNDS');
  for (const v of model.variables) {
    if (v.kind === 'binary') {
      lines.push(` BV BND ${v.name}`);
      continue;
    }
    if (v.lower === Number.NEGATIVE_INFINITY) lines.push(` MI BND ${v.name}`);
    else if (v.lower !== 0) lines.push(` LO BND ${v.name} ${number(v.lower)}`);
    if (v.upper !== Number.POSITIVE_INFINITY) lines.push(` UP BND ${v.name} ${number(v.upper)}`);
  }
  lines.push('ENDATA');
  return `${lines.join('\n')}\n`;
}
