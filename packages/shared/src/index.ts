export * from './access.ts';
export * from './countries.ts';
export * from './languages.ts';
export * from './multilingual.ts';
export * from './validators.ts';
