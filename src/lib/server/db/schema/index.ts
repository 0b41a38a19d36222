export * from './auth';
export * from './reference';
export * from './workshops';
export * from './assessments';
export * from './audit';
export * from './readiness';
export * from './queries';
export * from './launch-plans';
