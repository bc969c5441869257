/**
 * What the harness's hostile getters and functions throw. A public function that lets it
 * propagate unchanged is passing on its caller's own error, which is counted separately
 * ("caller's error propagated") and is not a defect.
 */
export class FuzzSentinel extends Error {
  constructor() {
    super("fuzz sentinel: a hostile getter or callback threw");
    this.name = "FuzzSentinel";
  }
}
