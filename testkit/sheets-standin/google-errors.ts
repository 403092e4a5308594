// Error bodies as Google's APIs send them, so clients that look past the status (the sync
// service, the add-on) meet what they would meet in production.
//
// Shape: {"error": {"code", "message", "errors": [{"domain", "reason", "message"}], "status"}}.
// Drive documents each reason with a JSON sample:
// https://developers.google.com/drive/api/guides/handle-errors

export type GoogleApi = 'sheets' | 'drive';

/** The `errors[0].reason` values the stand-in produces on purpose. */
export type ErrorReason = 'userRateLimitExceeded' | 'rateLimitExceeded' | 'accessNotConfigured';

export interface GoogleErrorBody {
  error: {
    code: number;
    message: string;
    errors?: {
      domain: string;
      reason: string;
      message: string;
      location?: string;
      locationType?: string;
      extendedHelp?: string;
    }[];
    status: string;
    details?: unknown[];
  };
}

export const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
};

/** The Cloud project number Google names in its messages (any stable number does). */
export const PROJECT_NUMBER = '123456789012';

const API_NAMES: Record<GoogleApi, { title: string; service: string }> = {
  sheets: { title: 'Google Sheets API', service: 'sheets.googleapis.com' },
  drive: { title: 'Google Drive API', service: 'drive.googleapis.com' },
};

export function plainError(status: number, message: string, api: GoogleApi): GoogleErrorBody {
  const error: GoogleErrorBody['error'] = { code: status, message, status: STATUS_NAMES[status] ?? 'UNKNOWN' };
  // Drive's v3 bodies carry the legacy `errors` list; a 404 is reason `notFound` ("File not found:
  // {fileId}", handle-errors page, "404: File not found").
  if (api === 'drive') error.errors = [{ domain: 'global', reason: status === 404 ? 'notFound' : 'invalid', message }];
  return { error };
}

/**
 * A quota refusal. 429: Sheets' per-minute quotas (https://developers.google.com/sheets/api/limits,
 * "429: Too many requests") and Drive's backend rate checks. 403 `userRateLimitExceeded` /
 * `rateLimitExceeded`, domain `usageLimits`: Drive's quotas
 * (https://developers.google.com/drive/api/guides/limits, "If you exceed a quota, you'll receive
 * a 403: User rate limit exceeded"; samples on the handle-errors page).
 */
export function quotaError(
  status: 403 | 429,
  reason: 'userRateLimitExceeded' | 'rateLimitExceeded',
  api: GoogleApi,
): GoogleErrorBody {
  const message =
    status === 429 && api === 'sheets'
      ? `Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service '${API_NAMES.sheets.service}' for consumer 'project_number:${PROJECT_NUMBER}'.`
      : reason === 'userRateLimitExceeded'
        ? 'User Rate Limit Exceeded'
        : 'Rate Limit Exceeded';
  return {
    error: {
      code: status,
      message,
      errors: [{ domain: 'usageLimits', reason, message }],
      status: status === 429 ? 'RESOURCE_EXHAUSTED' : 'PERMISSION_DENIED',
    },
  };
}

/**
 * The API is switched off in the caller's Cloud project: 403, reason `accessNotConfigured`,
 * status PERMISSION_DENIED, "… API has not been used in project N before or it is disabled …"
 * (handle-errors page; the same wording for every Google API, with an ErrorInfo SERVICE_DISABLED).
 */
export function disabledApiError(api: GoogleApi): GoogleErrorBody {
  const { title, service } = API_NAMES[api];
  const activation = `https://console.developers.google.com/apis/api/${service}/overview?project=${PROJECT_NUMBER}`;
  const message = `${title} has not been used in project ${PROJECT_NUMBER} before or it is disabled. Enable it by visiting ${activation} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`;
  return {
    error: {
      code: 403,
      message,
      errors: [{ domain: 'usageLimits', reason: 'accessNotConfigured', message, extendedHelp: activation }],
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'SERVICE_DISABLED',
          domain: 'googleapis.com',
          metadata: { service, consumer: `projects/${PROJECT_NUMBER}`, activationUrl: activation },
        },
      ],
    },
  };
}
