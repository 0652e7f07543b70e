//! Thread counts a user gives, held to what the machine runs at once.

/// `requested` threads, or the machine's available parallelism if that is fewer. More
/// threads than cores only cost memory and start-up: `threads=10**9` in Python asked the
/// system for a billion of them.
pub fn clamp(requested: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    requested.clamp(1, cores)
}

/// Sizes rayon's global pool from `RAYON_NUM_THREADS`, clamped, before rayon reads the
/// variable itself and starts as many threads as it says (5,000 kept `reactions sentiment`
/// busy starting threads for over 30 s). Without the variable rayon's own default, one
/// thread per core, stands. A pool already built is left as it is.
pub fn clamp_global_pool() {
    let requested = std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&threads| threads > 0);
    if let Some(threads) = requested {
        // An error means the pool exists already, sized by whoever built it first.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(clamp(threads))
            .build_global();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_billion_threads_is_the_machines_count() {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        assert_eq!(super::clamp(1_000_000_000), cores);
        assert_eq!(super::clamp(1), 1);
    }
}
