export { validateTest, normalizeTest } from '@quickcode/problems';
export { buildDriver, type DriverSource } from '@quickcode/languages/toolchain';
export { encodeTests, parseAnswerStream, parseAnswers, splitStdout, type AnswerStream, type DriverAnswer } from './stream.js';
