// Stands in for @lit/localize's internal/id-generation.js in the built files (see vite.config.ts
// msgIdStub): every msg() call of ours names its id, so no id is ever generated from a text.
export const generateMsgId = () => '';
