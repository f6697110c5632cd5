import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { DomainError } from '@app/messaging';
import { GATEWAY_CONFIG } from '../config.js';
import type { GatewayConfig } from '../config.js';
import { SMS_SENDER } from '@app/sms';
import type { SmsSender } from '@app/sms';
import type { RegisterDto } from './identity.dto.js';
import { IdentityService } from './identity.service.js';
import type { SignIn } from '@app/contracts';
import { codeHash, newCode, sameHash } from './one-time-code.js';
import { hashPassword } from './passwords.js';
import type { ResendCodeDto, VerifyPhoneDto } from './phone-verification.dto.js';
import { PhoneCodesRepository } from './phone-codes.repository.js';
import type { CodePurpose } from './phone-codes.repository.js';
import { SmsThrottle } from './sms-throttle.js';
import type { ThrottleRule } from './sms-throttle.js';
import { TokenVersions } from './token-versions.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { recordAccountChanged } from './account-events.js';

export const SMS_TEXT = {
  code: (code: string, minutes: number) =>
    `ของดีบ้านเรา: รหัสยืนยันเบอร์โทรของคุณคือ ${code} ใช้ได้ ${minutes} นาที ห้ามบอกรหัสนี้กับผู้อื่น`,
  taken: () =>
    'ของดีบ้านเรา: มีผู้พยายามสมัครสมาชิกด้วยเบอร์นี้ ซึ่งมีบัญชีอยู่แล้ว หากเป็นคุณ เข้าสู่ระบบด้วยรหัสผ่านเดิมได้เลย หากไม่ใช่คุณ ไม่ต้องทำอะไร',
};

/**
 * A consumer proves its phone with a 6-digit code sent by SMS before it can reserve or purchase.
 *
 * Registration never says whether a phone has an account: a new phone and a taken one both answer 202,
 * pass the same throttle, hash the password and store a code row (for a taken phone a random code that
 * is never sent, so wrong tries lock and codes expire alike); the owner of a taken phone is told by SMS
 * that someone tried. An unverified registration holds nothing: registering the same phone again replaces
 * it (name, password, code) and revokes its tokens, so a stranger who registers someone's phone first
 * cannot keep it, and staff-made logins (LAO onboarding) take its place (IdentityService.dropUnverified).
 *
 * Codes: stored as an HMAC (one-time-code.ts), valid codeTtlSeconds (10 min), maxAttempts (5) tries
 * counted atomically before the code is compared; a new code replaces the previous one.
 */
@Injectable()
export class PhoneVerificationService {
  private readonly logger = new Logger('PhoneVerification');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly identity: IdentityService,
    private readonly throttle: SmsThrottle,
    private readonly versions: TokenVersions,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async register(dto: RegisterDto, ip: string): Promise<{ verification: 'sms' }> {
    await this.throttle.hit(this.smsRules(dto.phone, ip), 'registrations or code requests');
    const passwordHash = await hashPassword(dto.password);
    const owner = await this.users.findOneBy({ phone: dto.phone });
    const pendingId = owner?.phoneVerifiedAt ? null : await this.upsertPending(dto, passwordHash);
    if (!pendingId) {
      await this.storeCode(dto.phone, 'register', newCode()); // never sent: the row behaves as a real one
      await this.send(dto.phone, SMS_TEXT.taken());
      this.logger.log({ message: 'registration of a taken phone; its owner was told' });
      return { verification: 'sms' };
    }
    await this.versions.revoke(pendingId);
    await this.sendCode(dto.phone, 'register');
    return { verification: 'sms' };
  }

  async resend(dto: ResendCodeDto, ip: string): Promise<{ verification: 'sms' }> {
    await this.throttle.hit(this.smsRules(dto.phone, ip), 'registrations or code requests');
    const owner = await this.users.findOneBy({ phone: dto.phone });
    if (owner && !owner.phoneVerifiedAt) await this.sendCode(dto.phone, 'register');
    else await this.storeCode(dto.phone, 'register', newCode()); // nothing to verify: nothing is sent, the answer is the same
    return { verification: 'sms' };
  }

  async verify(dto: VerifyPhoneDto, ip: string): Promise<SignIn> {
    const { windowSeconds, verifyPerIp } = this.config.phoneVerification;
    await this.throttle.hit([{ key: `verify-ip:${ip}`, limit: verifyPerIp, windowSeconds }], 'code checks');
    await this.checkCode(dto.phone, 'register', dto.code);
    // the verified phone and identity.account_changed (who must reach the user learns it now) in one transaction
    const user = await this.users.manager.transaction(async (em) => {
      const id = await UsersRepository.verifyPhone(em, dto.phone);
      const verified = id ? await em.findOneBy(User, { id }) : null;
      if (verified) await recordAccountChanged(em, verified, 'phone_verified');
      return verified;
    });
    if (!user) throw incorrect(0); // a code that stood for no registration (a taken phone's never-sent code)
    this.logger.log({ message: 'phone verified', userId: user.id });
    return this.identity.signIn(user);
  }

  /**
   * Counts a try, then compares. Throws CODE_LOCKED past maxAttempts, CODE_EXPIRED after the code's
   * time, CODE_INCORRECT otherwise; on success the code is spent (deleted). A link code is checked for
   * the producer it was sent for.
   */
  async checkCode(phone: string, purpose: CodePurpose, code: string, producerId: string | null = null): Promise<void> {
    const max = this.config.phoneVerification.maxAttempts;
    const row = await PhoneCodesRepository.countTry(this.users.manager, phone, purpose, producerId);
    if (!row) throw incorrect(0);
    if (row.attempts > max) throw locked();
    if (row.expired)
      throw new DomainError('CODE_EXPIRED', 'This code has expired; ask for a new one', [
        { field: 'code', message: 'expired' },
      ]);
    if (!sameHash(row.codeHash, codeHash(this.config.jwtSecret, phone, purpose, code)))
      throw row.attempts >= max ? locked() : incorrect(max - row.attempts);
    await PhoneCodesRepository.remove(this.users.manager, phone, purpose);
  }

  /** A fresh code for the phone (replacing any other of this purpose), sent by SMS. */
  async sendCode(phone: string, purpose: CodePurpose, producerId: string | null = null): Promise<void> {
    const code = newCode();
    await this.storeCode(phone, purpose, code, producerId);
    await this.send(phone, SMS_TEXT.code(code, Math.round(this.config.phoneVerification.codeTtlSeconds / 60)));
  }

  /** Per phone: one SMS per minGapSeconds and perPhone per window; per address: perIp per window. */
  smsRules(phone: string, ip: string): ThrottleRule[] {
    const { windowSeconds, minGapSeconds, perPhone, perIp } = this.config.phoneVerification;
    const rules: ThrottleRule[] = [{ key: `sms-ip:${ip}`, limit: perIp, windowSeconds }];
    if (minGapSeconds > 0) rules.push({ key: `sms-gap:${phone}`, limit: 1, windowSeconds: minGapSeconds });
    rules.push({ key: `sms-phone:${phone}`, limit: perPhone, windowSeconds });
    return rules;
  }

  private async storeCode(
    phone: string,
    purpose: CodePurpose,
    code: string,
    producerId: string | null = null,
  ): Promise<void> {
    await PhoneCodesRepository.store(this.users.manager, {
      phone,
      purpose,
      codeHash: codeHash(this.config.jwtSecret, phone, purpose, code),
      ttlSeconds: this.config.phoneVerification.codeTtlSeconds,
      producerId,
    });
  }

  /** The consumer registration of an unverified phone, created or replaced; null when the phone is verified meanwhile. */
  private async upsertPending(dto: RegisterDto, passwordHash: string): Promise<string | null> {
    try {
      return await UsersRepository.upsertPendingConsumer(this.users.manager, {
        id: randomUUID(),
        name: dto.name,
        phone: dto.phone,
        email: dto.email ?? null,
        passwordHash,
      });
    } catch (e) {
      const detail = (e as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
      if (detail?.code === '23505' && detail.constraint?.includes('email')) {
        throw new DomainError('DUPLICATE', 'A user with this email already exists', [
          { field: 'email', message: 'already registered' },
        ]);
      }
      throw e;
    }
  }

  private async send(to: string, text: string): Promise<void> {
    try {
      await this.sms.send({ to, text });
    } catch (e) {
      this.logger.error({ message: 'SMS not sent', error: String(e) });
      throw new DomainError('SERVICE_UNAVAILABLE', 'The SMS could not be sent; try again in a moment');
    }
  }
}

function incorrect(left: number): DomainError {
  return new DomainError('CODE_INCORRECT', left > 0 ? `Wrong code; ${left} tries left` : 'Wrong code', [
    { field: 'code', message: 'not the code sent' },
  ]);
}

function locked(): DomainError {
  return new DomainError('CODE_LOCKED', 'Too many wrong tries; ask for a new code', [
    { field: 'code', message: 'too many wrong tries' },
  ]);
}
