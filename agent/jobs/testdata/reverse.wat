;; A deterministic WASI command for tests of the wasm job runner: it reads all of stdin
;; (up to 60 KiB) and writes it to stdout reversed. Regenerate reverse.wasm with
;; `wat2wasm reverse.wat` (wabt).
(module
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 3)
  ;; iovec at 0: {buf, len}; nread/nwritten at 8; input from 1024; output from 70000.
  (func (export "_start")
    (local $total i32) (local $n i32) (local $i i32)
    (block $done
      (loop $read
        (i32.store (i32.const 0) (i32.add (i32.const 1024) (local.get $total)))
        (i32.store (i32.const 4) (i32.sub (i32.const 61440) (local.get $total)))
        (br_if $done (i32.ne (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)) (i32.const 0)))
        (local.set $n (i32.load (i32.const 8)))
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $total (i32.add (local.get $total) (local.get $n)))
        (br_if $read (i32.lt_u (local.get $total) (i32.const 61440)))))
    (local.set $i (i32.const 0))
    (block $end
      (loop $copy
        (br_if $end (i32.ge_u (local.get $i) (local.get $total)))
        (i32.store8
          (i32.add (i32.const 70000) (local.get $i))
          (i32.load8_u (i32.add (i32.const 1024) (i32.sub (i32.sub (local.get $total) (i32.const 1)) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (i32.store (i32.const 0) (i32.const 70000))
    (i32.store (i32.const 4) (local.get $total))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
