// The kiosk as an OAuth 2.0 Device Authorization Grant client (RFC 8628) of the configured issuer,
// through openid-client. A shared kiosk cannot receive a redirect, so the citizen approves on
// their own phone while this polls the token endpoint by the rules of polling.ts.
//
// Tokens never leave this file: the access token is used once for the UserInfo request and then
// dropped with the token response. No refresh token is asked for, and none is kept.
import { setTimeout as delay } from 'node:timers/promises';
import * as oidc from 'openid-client';
import { isLoopbackHttp, type IdentityConfig } from '../config/identity';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import { firstStep, initialPollState, nextStep, type PollAnswer, type PollEnd } from './polling';

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
/** Seconds one HTTP request to the issuer may take before it counts as a network failure. */
const REQUEST_TIMEOUT_SECONDS = 10;

export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  /** The link with the code in it (what the QR code carries); the plain URI when the issuer sends none. */
  verificationUriComplete: string;
  /** The kiosk's own deadline: the issuer's expires_in, capped by maxDeviceCodeSeconds. */
  expiresAt: number;
  intervalSeconds: number | undefined;
}

/** What the UserInfo endpoint said about the citizen, not yet checked (claims.ts does that). */
export type UserInfo = Record<string, unknown>;

export type Approval = { end: 'approved'; userInfo: UserInfo } | { end: Exclude<PollEnd, 'approved'> | 'cancelled' };

/** Waits `seconds` (or rejects when the signal aborts). Injected so tests need not wait 5 s a poll. */
export type PollSleep = (seconds: number, signal: AbortSignal) => Promise<void>;

export const realSleep: PollSleep = (seconds, signal) => delay(seconds * 1000, undefined, { signal, ref: false });

export interface DeviceFlowOptions {
  config: IdentityConfig;
  clock: Clock;
  log: Logger;
  sleep?: PollSleep;
}

export interface DeviceFlowClient {
  /** Asks the issuer for a device code. Throws UnavailableError when it cannot be reached. */
  start(signal: AbortSignal): Promise<DeviceAuthorization>;
  /** Polls until the citizen approves, declines, the code expires or the signal aborts. */
  awaitApproval(authorization: DeviceAuthorization, signal: AbortSignal): Promise<Approval>;
}

export class UnavailableError extends Error {
  override name = 'UnavailableError';
}

class AbortedError extends Error {
  override name = 'AbortedError';
}

/** Settles with the promise, or rejects at once when the signal aborts (the request is left to finish). */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new AbortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function classify(error: unknown): PollAnswer {
  if (error instanceof oidc.ResponseBodyError) {
    if (error.status >= 500) return 'network_error';
    switch (error.error) {
      case 'authorization_pending':
      case 'slow_down':
      case 'expired_token':
      case 'access_denied':
        return error.error;
      default:
        return 'rejected';
    }
  }
  return 'network_error';
}

export function createDeviceFlowClient({ config, clock, log, sleep = realSleep }: DeviceFlowOptions): DeviceFlowClient {
  let discovered: Promise<oidc.Configuration> | null = null;

  // The issuer's metadata is read once; a failure is not cached, so the next tap tries again.
  function configuration(): Promise<oidc.Configuration> {
    if (!config.issuer) return Promise.reject(new UnavailableError('no issuer configured'));
    const issuer = new URL(config.issuer);
    discovered ??= oidc
      .discovery(
        issuer,
        config.clientId,
        undefined,
        config.clientSecret ? oidc.ClientSecretBasic(config.clientSecret) : oidc.None(),
        // The timeout also applies to every later request made with this configuration.
        { execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [], timeout: REQUEST_TIMEOUT_SECONDS },
      )
      .catch((error: unknown) => {
        discovered = null;
        log.warn('identity.discovery_failed', { reason: error instanceof Error ? error.name : 'unknown' });
        throw new UnavailableError('discovery failed');
      });
    return discovered;
  }

  async function pollOnce(c: oidc.Configuration, deviceCode: string, signal: AbortSignal): Promise<{ answer: PollAnswer; userInfo?: UserInfo }> {
    try {
      const tokens = await unlessAborted(oidc.genericGrantRequest(c, DEVICE_CODE_GRANT, { device_code: deviceCode }), signal);
      const sub = tokens.claims()?.sub;
      const userInfo = await unlessAborted(oidc.fetchUserInfo(c, tokens.access_token, sub ?? oidc.skipSubjectCheck), signal);
      return { answer: 'approved', userInfo: { ...userInfo } };
    } catch (error) {
      if (error instanceof AbortedError) throw error;
      const answer = classify(error);
      if (answer === 'network_error' || answer === 'rejected') {
        log.warn('identity.poll_failed', { answer, error: error instanceof oidc.ResponseBodyError ? error.error : error instanceof Error ? error.name : 'unknown' });
      }
      return { answer };
    }
  }

  return {
    async start(signal) {
      const c = await unlessAborted(configuration(), signal);
      let response: oidc.DeviceAuthorizationResponse;
      try {
        response = await unlessAborted(oidc.initiateDeviceAuthorization(c, { scope: config.scopes }), signal);
      } catch (error) {
        if (error instanceof AbortedError) throw error;
        log.warn('identity.device_authorization_failed', { error: error instanceof oidc.ResponseBodyError ? error.error : error instanceof Error ? error.name : 'unknown' });
        throw new UnavailableError('device authorization failed');
      }
      const lifetime = Math.min(response.expires_in, config.maxDeviceCodeSeconds);
      return {
        deviceCode: response.device_code,
        userCode: response.user_code,
        verificationUri: response.verification_uri,
        verificationUriComplete: response.verification_uri_complete ?? response.verification_uri,
        expiresAt: clock.now() + lifetime * 1000,
        intervalSeconds: response.interval,
      };
    },

    async awaitApproval(authorization, signal) {
      try {
        const c = await unlessAborted(configuration(), signal);
        let state = initialPollState(authorization.expiresAt, authorization.intervalSeconds);
        let step = firstStep(state, clock.now());
        for (;;) {
          if (step.kind === 'stop') return { end: step.end === 'approved' ? 'unavailable' : step.end };
          state = step.state;
          await sleep(step.seconds, signal);
          const { answer, userInfo } = await pollOnce(c, authorization.deviceCode, signal);
          if (answer === 'approved' && userInfo) return { end: 'approved', userInfo };
          step = nextStep(state, answer, clock.now());
        }
      } catch (error) {
        if (signal.aborted) return { end: 'cancelled' };
        if (error instanceof UnavailableError) return { end: 'unavailable' };
        throw error;
      }
    },
  };
}
