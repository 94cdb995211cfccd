// Build step of quidudf-cli (run by Maven in prepare-package, with the module's class path):
// copies the classes of the named packages from the jars on the class path into OUTPUT_DIR, those
// older than Java 6 rewritten as Java 8 class files with stack map frames.
//
// picocli and ASM are compiled for Java 5 (class file version 49). The JVM's class-data sharing
// does not archive classes that old, and verifies them with the old, slower type-inferring
// verifier, so every quidudf process parsed and verified all of them anew: about a third of the
// CPU time of `quidudf --version`. The shaded jar takes these copies instead of those jars.
//
//   java -cp CLASSPATH src/cli/build/UpgradeClassFiles.java OUTPUT_DIR PACKAGE_PREFIX...
//   (a prefix such as picocli/ or org/objectweb/asm/)

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

public class UpgradeClassFiles {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    List<String> prefixes = List.of(args).subList(1, args.length);
    Map<String, byte[]> classes = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.endsWith(".jar")) {
        continue;
      }
      try (ZipFile zip = new ZipFile(entry)) {
        for (ZipEntry e : Collections.list(zip.entries())) {
          String name = e.getName();
          if (name.endsWith(".class")
              && !name.startsWith("META-INF/")
              && prefixes.stream().anyMatch(name::startsWith)) {
            try (InputStream in = zip.getInputStream(e)) {
              classes.put(name, in.readAllBytes());
            }
          }
        }
      }
    }
    // frames need common superclasses: these classes resolved from their own bytes, the JDK's
    // from the boot loader
    ClassLoader loader =
        new ClassLoader(null) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name.replace('.', '/') + ".class");
            if (b == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
          }
        };
    int upgraded = 0;
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      Path target = out.resolve(c.getKey());
      Files.createDirectories(target.getParent());
      ClassReader reader = new ClassReader(c.getValue());
      if (reader.readUnsignedShort(6) >= Opcodes.V1_6) {
        Files.write(target, c.getValue()); // new enough: copied as it is
        continue;
      }
      ClassWriter writer =
          new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
              return loader;
            }
          };
      reader.accept(
          new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(
                int version,
                int access,
                String name,
                String signature,
                String superName,
                String[] interfaces) {
              super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
          },
          ClassReader.SKIP_FRAMES);
      Files.write(target, writer.toByteArray());
      upgraded++;
    }
    if (classes.isEmpty()) {
      throw new IllegalStateException("no class of " + prefixes + " on the class path");
    }
    System.out.println(
        "UpgradeClassFiles: "
            + classes.size()
            + " class files of "
            + prefixes
            + " copied, "
            + upgraded
            + " of them made Java 8 ones");
  }
}
