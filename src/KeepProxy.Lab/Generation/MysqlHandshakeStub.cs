namespace KeepProxy.Lab.Generation;

/// <summary>
/// A MySQL handshake stub for 003's <c>option mysql-check user haproxy_check</c> (MariaDB is not installed here and
/// would take long to start): it listens on ADDR:3306, sends a MySQL 5.7 protocol-10 initial handshake
/// (server version "5.7.99-lab-stub-NAME"), answers the client's authentication packet with an OK packet
/// (sequence id + 1), then waits for COM_QUIT/close. That is exactly what haproxy's mysql-check reads; it is
/// not a database. Perl (perl-base) so it needs nothing beyond Debian's base system.
/// </summary>
public static class MysqlHandshakeStub
{
    public const string Path = "/usr/local/bin/lab-mysql-stub";

    public const string Script = """
        #!/usr/bin/perl
        # KeepProxy lab: MySQL initial-handshake stub (not a database). Usage: lab-mysql-stub ADDR NAME
        use strict; use warnings; use IO::Socket::INET; use IO::Select;
        my ($addr, $name) = @ARGV;
        my $srv = IO::Socket::INET->new(LocalAddr => $addr, LocalPort => 3306, Listen => 32, ReuseAddr => 1) or die "listen $addr:3306: $!";
        $SIG{CHLD} = 'IGNORE';
        my $cid = 0;
        sub packet { my ($seq, $p) = @_; return substr(pack('V', length $p), 0, 3) . pack('C', $seq) . $p; }
        while (1) {
          my $c = $srv->accept or next;
          $cid++;
          if (fork() == 0) {
            $c->autoflush(1);
            my $p = pack('C', 10) . "5.7.99-lab-stub-$name\0" . pack('V', $cid) . "abcdefgh\0"
                  . pack('v', 0xf7ff) . pack('C', 33) . pack('v', 2) . pack('v', 0x0008) . pack('C', 21)
                  . ("\0" x 10) . "ijklmnopqrst\0" . "mysql_native_password\0";
            print $c packet(0, $p);
            my $sel = IO::Select->new($c);
            my $hdr = '';
            if ($sel->can_read(5) && sysread($c, $hdr, 4) == 4) {
              my $len = unpack('V', substr($hdr, 0, 3) . "\0");
              my $seq = unpack('C', substr($hdr, 3, 1));
              my $body = '';
              while (length($body) < $len && $sel->can_read(5)) { my $n = sysread($c, my $buf, $len - length($body)); last unless $n; $body .= $buf; }
              print $c packet($seq + 1, pack('C*', 0, 0, 0, 2, 0, 0, 0));
            }
            while ($sel->can_read(5)) { my $n = sysread($c, my $buf, 512); last unless $n; }
            exit 0;
          }
          close $c;
        }

        """;
}
