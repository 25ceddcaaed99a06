export * from '../modules/accounts/account.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/mail/mail.table.ts';
export * from '../modules/organisations/organisation.table.ts';
export * from '../modules/rate-limits/rate-limit.table.ts';
export * from '../modules/spaces/space.table.ts';
