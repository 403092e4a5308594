/** Input the engine cannot work with (duplicate IDs, unknown IDs in pins, bad weights …); the message is Russian. */
export class PairingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PairingInputError';
  }
}
