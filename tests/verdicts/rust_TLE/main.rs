use std::io::Read;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let mut a: u64 = s.len() as u64;
    loop {
        a = a.wrapping_mul(31).wrapping_add(7);
        if a == 42 {
            println!("{}", a);
        }
    }
}
