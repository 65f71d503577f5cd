export * from './server.ts';
export * from './events.ts';
