//go:build !unix

package bench

import "time"

// processCPU returns 0: the processor time is not read on this system.
func processCPU() time.Duration { return 0 }
