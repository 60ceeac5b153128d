// Tests run the node in their own process, hardened as the entries harden it (src/harden.ts).
import { hardenIntrinsics } from '../../src/harden.js'

hardenIntrinsics()
