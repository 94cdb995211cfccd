//! string-distance: keeps a document when the Levenshtein distance between its `title` field and
//! the `target` parameter is at most `max_distance` (default 2). Distances are over UTF-8 bytes,
//! and the computation stops as soon as a whole row exceeds the cap.
//!
//! Exports: `filter(ctx) -> i32` (the UDF) and `distance(ctx) -> i64` (the capped distance, or
//! `max_distance + 1` when over the cap, or -1 when the title or target is missing).
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[link(wasm_import_module = "env")]
extern "C" {
    fn get_field_string(ctx: i64, name: *const u8, name_len: i32, out: *mut u8, out_len: *mut u32) -> i32;
    fn get_param_string(name: *const u8, name_len: i32, out: *mut u8, out_len: *mut u32) -> i32;
    fn get_param_i64(name: *const u8, name_len: i32, out: *mut i64) -> i32;
}

const CAP: usize = 4096;
static mut TARGET: [u8; CAP] = [0; CAP];
static mut TITLE: [u8; CAP] = [0; CAP];
static mut PREV: [u32; CAP + 1] = [0; CAP + 1];
static mut CUR: [u32; CAP + 1] = [0; CAP + 1];

fn max_distance() -> u32 {
    let mut v: i64 = 2;
    let name = b"max_distance";
    // SAFETY: the host writes 8 bytes into v and reads name within its bounds
    let rc = unsafe { get_param_i64(name.as_ptr(), name.len() as i32, &mut v) };
    if rc != 0 || v < 0 {
        2
    } else if v > CAP as i64 {
        CAP as u32
    } else {
        v as u32
    }
}

/// The Levenshtein distance of a and b, or max + 1 as soon as it must exceed max.
fn capped(a: &[u8], b: &[u8], max: u32, prev: &mut [u32], cur: &mut [u32]) -> u32 {
    let (n, m) = (a.len(), b.len());
    let diff = if n > m { n - m } else { m - n };
    if diff as u32 > max {
        return max + 1;
    }
    for j in 0..=m {
        prev[j] = j as u32;
    }
    let (mut p, mut c) = (prev, cur);
    for i in 1..=n {
        c[0] = i as u32;
        let mut best = i as u32;
        let ai = a[i - 1];
        for j in 1..=m {
            let cost = if ai == b[j - 1] { 0 } else { 1 };
            let v = (p[j] + 1).min(c[j - 1] + 1).min(p[j - 1] + cost);
            c[j] = v;
            if v < best {
                best = v;
            }
        }
        if best > max {
            return max + 1;
        }
        core::mem::swap(&mut p, &mut c);
    }
    p[m].min(max + 1)
}

#[no_mangle]
pub extern "C" fn distance(ctx: i64) -> i64 {
    let max = max_distance();
    // SAFETY: one call at a time per instance; the host writes at most the stated capacity
    unsafe {
        let mut tlen: u32 = CAP as u32;
        let target = b"target";
        if get_param_string(target.as_ptr(), target.len() as i32, TARGET.as_mut_ptr(), &mut tlen) != 0 {
            return -1;
        }
        let mut len: u32 = CAP as u32;
        let title = b"title";
        if get_field_string(ctx, title.as_ptr(), title.len() as i32, TITLE.as_mut_ptr(), &mut len) != 0 {
            return -1;
        }
        capped(&TARGET[..tlen as usize], &TITLE[..len as usize], max, &mut PREV, &mut CUR) as i64
    }
}

#[no_mangle]
pub extern "C" fn filter(ctx: i64) -> i32 {
    let d = distance(ctx);
    (d >= 0 && d as u32 <= max_distance()) as i32
}
