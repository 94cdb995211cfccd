package io.quidditch.udf.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Our HMAC-SHA256 is the JDK's, on RFC 4231's vectors and on random keys and messages. */
class DigestsTest {
  @Test
  void matchesRfc4231() {
    byte[] key = new byte[20];
    java.util.Arrays.fill(key, (byte) 0x0b);
    assertThat(HexFormat.of().formatHex(Digests.hmacSha256(key, "Hi There".getBytes())))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    // a key longer than the block is hashed first (test case 6)
    byte[] longKey = new byte[131];
    java.util.Arrays.fill(longKey, (byte) 0xaa);
    byte[] message =
        "Test Using Larger Than Block-Size Key - Hash Key First"
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(HexFormat.of().formatHex(Digests.hmacSha256(longKey, message)))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  @Test
  void matchesTheJdksMacOnRandomInput() throws Exception {
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      byte[] key = new byte[random.nextInt(150) + 1];
      byte[] a = new byte[random.nextInt(200)];
      byte[] b = new byte[random.nextInt(200)];
      random.nextBytes(key);
      random.nextBytes(a);
      random.nextBytes(b);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(a);
      assertThat(Digests.hmacSha256(key, a, b)).isEqualTo(mac.doFinal(b));
    }
  }
}
