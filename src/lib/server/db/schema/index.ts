export * from './auth';
export * from './reference';
export * from './workshops';
export * from './audit';
export * from './queries';
