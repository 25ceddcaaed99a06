export * from './access.ts';
export * from './audit-actions.ts';
export * from './countries.ts';
export * from './languages.ts';
export * from './multilingual.ts';
export * from './validators.ts';
