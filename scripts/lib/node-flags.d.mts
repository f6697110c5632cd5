export function nodeFlags(app: string): string[];
