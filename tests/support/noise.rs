//! Bytes of noise for the hostile-input tests, shared with the command line's.

/// Deterministic noise (xorshift), so a failure reproduces.
pub fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}
