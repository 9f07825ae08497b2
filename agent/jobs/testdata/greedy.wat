;; A WASI command that asks for 64 MiB of memory: the job runner must refuse it.
(module
  (memory (export "memory") 1024)
  (func (export "_start")))
