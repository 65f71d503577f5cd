export * from './server.ts';
export * from './events.ts';
export * from './artifacts.ts';
