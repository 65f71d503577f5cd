export * from './server.ts';
export * from './artifacts.ts';
