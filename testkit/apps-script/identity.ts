// Who runs the script: the stand-in's users. Each user has an OAuth token (ScriptApp.getOAuthToken);
// the first user's token is STAND_IN_OAUTH_TOKEN so that an external Sheets stand-in can require it.
export const STAND_IN_OAUTH_TOKEN = 'stand-in-oauth-token';

export class Identity {
  constructor(
    public current: string,
    readonly first: string = current,
  ) {}
  tokenOf(user: string): string {
    return user === this.first ? STAND_IN_OAUTH_TOKEN : `${STAND_IN_OAUTH_TOKEN}.${user}`;
  }
  userOfToken(token: string): string | null {
    if (token === STAND_IN_OAUTH_TOKEN) return this.first;
    const prefix = `${STAND_IN_OAUTH_TOKEN}.`;
    return token.startsWith(prefix) ? token.slice(prefix.length) : null;
  }
}
