//! The addresses a URL the tool finds may not reach: every entry of the IANA IPv4 and IPv6
//! Special-Purpose Address Registries that is not globally reachable, in one table, with the
//! IPv6 forms that carry an IPv4 address (mapped, compatible, translated, NAT64, 6to4,
//! Teredo) held to the IPv4 table by the address they carry.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// What a range means for the guard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Never reachable on the public internet: refused.
    Refused,
    /// Reaches the IPv4 address(es) it carries: refused when one of them is.
    Carries(Embedding),
}

/// Where an IPv6 range carries IPv4 addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Embedding {
    /// The last 32 bits (mapped, compatible, translated, NAT64).
    Low32,
    /// Bits 16 to 48 (RFC 3056).
    SixToFour,
    /// The server at bits 32 to 64 and the client, inverted, in the last 32 bits (RFC 4380).
    Teredo,
}

/// One registry entry.
#[derive(Debug, Clone, Copy)]
pub struct SpecialRange {
    /// The block's first address.
    pub network: IpAddr,
    /// How many leading bits the block fixes.
    pub prefix: u8,
    /// What IANA calls it.
    pub name: &'static str,
    /// The RFC that reserves it.
    pub rfc: &'static str,
    /// Whether an address in it is refused, or judged by the IPv4 address it carries.
    pub rule: Rule,
}

const fn v4(
    a: u8,
    b: u8,
    c: u8,
    d: u8,
    prefix: u8,
    name: &'static str,
    rfc: &'static str,
) -> SpecialRange {
    SpecialRange {
        network: IpAddr::V4(Ipv4Addr::new(a, b, c, d)),
        prefix,
        name,
        rfc,
        rule: Rule::Refused,
    }
}

const fn v6(
    segments: [u16; 8],
    prefix: u8,
    name: &'static str,
    rfc: &'static str,
    rule: Rule,
) -> SpecialRange {
    let [a, b, c, d, e, f, g, h] = segments;
    SpecialRange {
        network: IpAddr::V6(Ipv6Addr::new(a, b, c, d, e, f, g, h)),
        prefix,
        name,
        rfc,
        rule,
    }
}

const REFUSED: Rule = Rule::Refused;
const LOW32: Rule = Rule::Carries(Embedding::Low32);

/// The registries' entries that are not globally reachable, plus multicast, site-local and
/// the deprecated forms that still route somewhere (6to4 relays, IPv4-compatible).
/// Where entries nest, the most specific decides (Teredo inside 2001::/23, `::1` inside
/// `::/96`). The few globally reachable anycast entries inside a refused block
/// (192.0.0.9, 192.0.0.10, 2001:1::1 to 2001:1::3) serve no web pages and are refused with it.
pub const SPECIAL_RANGES: &[SpecialRange] = &[
    v4(0, 0, 0, 0, 8, "this network", "RFC 791"),
    v4(10, 0, 0, 0, 8, "private use", "RFC 1918"),
    v4(100, 64, 0, 0, 10, "shared address space", "RFC 6598"),
    v4(127, 0, 0, 0, 8, "loopback", "RFC 1122"),
    v4(169, 254, 0, 0, 16, "link local", "RFC 3927"),
    v4(172, 16, 0, 0, 12, "private use", "RFC 1918"),
    v4(192, 0, 0, 0, 24, "IETF protocol assignments", "RFC 6890"),
    v4(
        192,
        0,
        0,
        0,
        29,
        "IPv4 service continuity prefix",
        "RFC 7335",
    ),
    v4(192, 0, 0, 8, 32, "IPv4 dummy address", "RFC 7600"),
    v4(192, 0, 0, 170, 31, "NAT64/DNS64 discovery", "RFC 8880"),
    v4(192, 0, 2, 0, 24, "documentation (TEST-NET-1)", "RFC 5737"),
    v4(
        192,
        88,
        99,
        0,
        24,
        "deprecated 6to4 relay anycast",
        "RFC 7526",
    ),
    v4(192, 168, 0, 0, 16, "private use", "RFC 1918"),
    v4(198, 18, 0, 0, 15, "benchmarking", "RFC 2544"),
    v4(
        198,
        51,
        100,
        0,
        24,
        "documentation (TEST-NET-2)",
        "RFC 5737",
    ),
    v4(203, 0, 113, 0, 24, "documentation (TEST-NET-3)", "RFC 5737"),
    v4(224, 0, 0, 0, 4, "multicast", "RFC 5771"),
    v4(240, 0, 0, 0, 4, "reserved", "RFC 1112"),
    v4(255, 255, 255, 255, 32, "limited broadcast", "RFC 919"),
    v6([0; 8], 128, "unspecified", "RFC 4291", REFUSED),
    v6(
        [0, 0, 0, 0, 0, 0, 0, 1],
        128,
        "loopback",
        "RFC 4291",
        REFUSED,
    ),
    v6(
        [0; 8],
        96,
        "IPv4-compatible (deprecated)",
        "RFC 4291",
        LOW32,
    ),
    v6(
        [0, 0, 0, 0, 0, 0xffff, 0, 0],
        96,
        "IPv4-mapped",
        "RFC 4291",
        LOW32,
    ),
    v6(
        [0, 0, 0, 0, 0xffff, 0, 0, 0],
        96,
        "IPv4-translated",
        "RFC 2765",
        LOW32,
    ),
    v6(
        [0x64, 0xff9b, 0, 0, 0, 0, 0, 0],
        96,
        "IPv4/IPv6 translation (NAT64)",
        "RFC 6052",
        LOW32,
    ),
    v6(
        [0x64, 0xff9b, 1, 0, 0, 0, 0, 0],
        48,
        "local-use IPv4/IPv6 translation",
        "RFC 8215",
        REFUSED,
    ),
    v6(
        [0x100, 0, 0, 0, 0, 0, 0, 0],
        64,
        "discard-only",
        "RFC 6666",
        REFUSED,
    ),
    v6(
        [0x100, 0, 0, 1, 0, 0, 0, 0],
        64,
        "dummy IPv6 prefix",
        "RFC 9780",
        REFUSED,
    ),
    v6(
        [0x2001, 0, 0, 0, 0, 0, 0, 0],
        23,
        "IETF protocol assignments",
        "RFC 2928",
        REFUSED,
    ),
    v6(
        [0x2001, 0, 0, 0, 0, 0, 0, 0],
        32,
        "Teredo",
        "RFC 4380",
        Rule::Carries(Embedding::Teredo),
    ),
    v6(
        [0x2001, 2, 0, 0, 0, 0, 0, 0],
        48,
        "benchmarking",
        "RFC 5180",
        REFUSED,
    ),
    v6(
        [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0],
        32,
        "documentation",
        "RFC 3849",
        REFUSED,
    ),
    v6(
        [0x2002, 0, 0, 0, 0, 0, 0, 0],
        16,
        "6to4",
        "RFC 3056",
        Rule::Carries(Embedding::SixToFour),
    ),
    v6(
        [0x3fff, 0, 0, 0, 0, 0, 0, 0],
        20,
        "documentation",
        "RFC 9637",
        REFUSED,
    ),
    v6(
        [0x5f00, 0, 0, 0, 0, 0, 0, 0],
        16,
        "segment routing (SRv6) SIDs",
        "RFC 9602",
        REFUSED,
    ),
    v6(
        [0xfc00, 0, 0, 0, 0, 0, 0, 0],
        7,
        "unique local",
        "RFC 4193",
        REFUSED,
    ),
    v6(
        [0xfe80, 0, 0, 0, 0, 0, 0, 0],
        10,
        "link-local unicast",
        "RFC 4291",
        REFUSED,
    ),
    v6(
        [0xfec0, 0, 0, 0, 0, 0, 0, 0],
        10,
        "site-local (deprecated)",
        "RFC 3879",
        REFUSED,
    ),
    v6(
        [0xff00, 0, 0, 0, 0, 0, 0, 0],
        8,
        "multicast",
        "RFC 4291",
        REFUSED,
    ),
];

impl SpecialRange {
    /// The range's first and last address.
    pub fn bounds(&self) -> (IpAddr, IpAddr) {
        match self.network {
            IpAddr::V4(network) => {
                let first = u32::from(network);
                let host_bits = u32::MAX.checked_shr(u32::from(self.prefix)).unwrap_or(0);
                (
                    IpAddr::V4(first.into()),
                    IpAddr::V4((first | host_bits).into()),
                )
            }
            IpAddr::V6(network) => {
                let first = u128::from(network);
                let host_bits = u128::MAX.checked_shr(u32::from(self.prefix)).unwrap_or(0);
                (
                    IpAddr::V6(first.into()),
                    IpAddr::V6((first | host_bits).into()),
                )
            }
        }
    }

    /// Whether `ip` lies in this block.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let (first, last) = self.bounds();
        match (ip, first, last) {
            (IpAddr::V4(ip), IpAddr::V4(first), IpAddr::V4(last)) => (first..=last).contains(&ip),
            (IpAddr::V6(ip), IpAddr::V6(first), IpAddr::V6(last)) => (first..=last).contains(&ip),
            _ => false,
        }
    }
}

/// The most specific registry entry holding `ip`, if any.
pub fn special_range(ip: IpAddr) -> Option<&'static SpecialRange> {
    SPECIAL_RANGES
        .iter()
        .filter(|range| range.contains(ip))
        .max_by_key(|range| range.prefix)
}

/// Whether a URL found on the web must not reach `ip`: it is in a range that is not globally
/// reachable, or carries an IPv4 address that is.
pub fn is_private_address(ip: IpAddr) -> bool {
    let Some(range) = special_range(ip) else {
        return false;
    };
    match (range.rule, ip) {
        (Rule::Refused, _) => true,
        (Rule::Carries(embedding), IpAddr::V6(v6)) => embedded_ipv4(v6, embedding)
            .into_iter()
            .any(|v4| is_private_address(IpAddr::V4(v4))),
        (Rule::Carries(_), IpAddr::V4(_)) => true,
    }
}

fn embedded_ipv4(ip: Ipv6Addr, embedding: Embedding) -> Vec<Ipv4Addr> {
    let bits = u128::from(ip);
    let at = |shift: u32| Ipv4Addr::from((bits >> shift) as u32);
    match embedding {
        Embedding::Low32 => vec![at(0)],
        Embedding::SixToFour => vec![at(80)],
        Embedding::Teredo => vec![at(64), Ipv4Addr::from(!(bits as u32))],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn next(ip: IpAddr) -> Option<IpAddr> {
        match ip {
            IpAddr::V4(v4) => u32::from(v4).checked_add(1).map(|n| IpAddr::V4(n.into())),
            IpAddr::V6(v6) => u128::from(v6).checked_add(1).map(|n| IpAddr::V6(n.into())),
        }
    }

    fn previous(ip: IpAddr) -> Option<IpAddr> {
        match ip {
            IpAddr::V4(v4) => u32::from(v4).checked_sub(1).map(|n| IpAddr::V4(n.into())),
            IpAddr::V6(v6) => u128::from(v6).checked_sub(1).map(|n| IpAddr::V6(n.into())),
        }
    }

    #[test]
    fn every_range_is_refused_from_first_to_last_address_and_its_neighbours_pass() {
        let mut neighbours_passed = 0;
        for range in SPECIAL_RANGES {
            let (first, last) = range.bounds();
            for ip in [first, last] {
                assert!(
                    is_private_address(ip),
                    "{ip} ({}, {}) passed",
                    range.name,
                    range.rfc
                );
            }
            // A neighbour inside another entry (192.0.0.8 beside 192.0.0.0/29) is that
            // entry's to decide; one inside none must pass.
            for outside in [previous(first), next(last)].into_iter().flatten() {
                if SPECIAL_RANGES.iter().all(|other| !other.contains(outside)) {
                    assert!(
                        !is_private_address(outside),
                        "{outside}, beside {} ({}), was refused",
                        range.name,
                        range.rfc
                    );
                    neighbours_passed += 1;
                }
            }
        }
        assert!(neighbours_passed >= 30, "{neighbours_passed}");
    }

    #[test]
    fn ranges_the_guard_let_through_are_refused() {
        for refused in [
            "64:ff9b::7f00:1",
            "64:ff9b::a9fe:a9fe",
            "64:ff9b:1::1",
            "::127.0.0.1",
            "::10.0.0.1",
            "::ffff:0:127.0.0.1",
            "::ffff:0:a9fe:a9fe",
            "2002:7f00:1::",
            "2002:c0a8:101::1",
            "2002:a9fe:a9fe::",
            "fec0::1",
            "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "192.0.0.1",
            "192.0.0.255",
            "198.18.0.1",
            "198.19.255.255",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            // Teredo: a client at 127.0.0.1 (inverted), and a server at 10.0.0.1.
            "2001:0:4136:e378:8000:63bf:80ff:fffe",
            "2001:0:a00:1:8000:63bf:3f57:fefd",
            "::",
            "::1",
            "fe80::1",
            "fd00::1",
            "ff02::1",
            "2001:db8::1",
            "100::1",
        ] {
            let ip: IpAddr = refused.parse().unwrap();
            assert!(is_private_address(ip), "{refused} passed");
        }
        for public in [
            "93.184.215.14",
            "8.8.8.8",
            "1.1.1.1",
            "64:ff9b::808:808",
            "::8.8.8.8",
            "::ffff:8.8.8.8",
            "::ffff:0:8.8.8.8",
            "2002:808:808::1",
            // Teredo: server 65.54.227.120, client 8.8.8.8 (inverted).
            "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
            "2606:4700:4700::1111",
            "2a00:1450:4001:80b::200e",
            "198.20.0.0",
            "192.0.1.0",
        ] {
            let ip: IpAddr = public.parse().unwrap();
            assert!(!is_private_address(ip), "{public} was refused");
        }
    }
}
