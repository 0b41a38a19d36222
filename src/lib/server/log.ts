import pino from 'pino';

/** One JSON line per event. Never pass passwords, tokens or session ids to it. */
export const log = pino({
	level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
	redact: {
		paths: ['password', '*.password', 'token', '*.token', 'headers.cookie', 'cookie'],
		censor: '[redacted]'
	}
});
