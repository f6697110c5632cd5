export interface SmsLine {
  to: string;
  text: string;
  sentAt: string;
}
export function readSmsLog(path: string): Promise<SmsLine[]>;
export function codeSentTo(path: string, phone: string, opts?: { after?: number; timeoutMs?: number }): Promise<string>;
export function randomPhone(): string;
export interface SignedUpConsumer {
  accessToken: string;
  expiresIn: number;
  user: { id: string; name: string; roles: string[]; phone?: string; phoneVerified?: boolean };
  id: string;
  token: string;
  name: string;
  phone: string;
  password: string;
}
export function signUpConsumer(
  baseUrl: string,
  smsLogPath: string,
  opts?: { name?: string; phone?: string; password?: string; email?: string; ip?: string },
): Promise<SignedUpConsumer>;
/** The environment of a system whose consumers sign up through this helper on one machine (log SMS provider, loose throttles). */
export function localSignupEnv(smsLogPath: string): Record<string, string>;
