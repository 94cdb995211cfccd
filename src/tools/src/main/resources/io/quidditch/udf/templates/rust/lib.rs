//! {{name}}: keeps documents whose "price" is at most the max_price parameter (default 100).
//! Edit, then: ./build.sh && quidudf test .
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[link(wasm_import_module = "env")]
extern "C" {
    fn get_field_f64(ctx: i64, name: *const u8, name_len: i32, out: *mut f64) -> i32;
    fn get_param_f64(name: *const u8, name_len: i32, out: *mut f64) -> i32;
}

#[no_mangle]
pub extern "C" fn filter(ctx: i64) -> i32 {
    let (mut max, mut price) = (100.0f64, 0.0f64);
    let (p, m) = (b"price", b"max_price");
    // SAFETY: the host reads the names within their lengths and writes one f64
    unsafe {
        if get_param_f64(m.as_ptr(), m.len() as i32, &mut max) != 0 {
            max = 100.0;
        }
        if get_field_f64(ctx, p.as_ptr(), p.len() as i32, &mut price) != 0 {
            return 0;
        }
    }
    (price <= max) as i32
}
