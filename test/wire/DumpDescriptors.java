// Prints, as a serialized FileDescriptorSet on stdout, the protobuf descriptors compiled into the server's own
// jars for the given generated Java classes (each has a static getDescriptor()), with their dependencies.
// Used by the wire-compatibility test for the protocols that ship no Python modules (Arrow Flight, BrowserFlight).
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.HashSet;
import java.util.Set;

public class DumpDescriptors {
  public static void main(String[] classes) throws Exception {
    FileDescriptorSet.Builder out = FileDescriptorSet.newBuilder();
    Set<String> seen = new HashSet<>();
    for (String name : classes) {
      FileDescriptor file = (FileDescriptor) Class.forName(name).getMethod("getDescriptor").invoke(null);
      add(file, out, seen);
    }
    out.build().writeTo(System.out);
    System.out.flush();
  }

  private static void add(FileDescriptor file, FileDescriptorSet.Builder out, Set<String> seen) {
    if (!seen.add(file.getName())) return;
    for (FileDescriptor dep : file.getDependencies()) add(dep, out, seen);
    out.addFile(file.toProto());
  }
}
