use super::count;

#[test]
fn counts_read_as_exports_print_them() {
    assert_eq!(count("12"), Some(12));
    assert_eq!(count("-3"), Some(-3));
    assert_eq!(count("1,204"), Some(1204));
    assert_eq!(count("1.2K"), Some(1200));
    assert_eq!(count("3M"), Some(3_000_000));
    assert_eq!(count("many"), None);
    assert_eq!(count(""), None);
}
