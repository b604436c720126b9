// Encrypts stdin for one Web Push subscription with the npm package
// web-push (an implementation independent of core/push) and prints the
// message body (aes128gcm, RFC 8291) in base64.
// Usage: node webpush-encrypt.js P256DH AUTH < cleartext
'use strict';
const webpush = require('web-push');
const [p256dh, auth] = process.argv.slice(2);
const cleartext = require('fs').readFileSync(0);
const {cipherText} = webpush.encrypt(p256dh, auth, cleartext, 'aes128gcm');
process.stdout.write(cipherText.toString('base64'));
